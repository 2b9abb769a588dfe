package kz.shanyraq.app.labour;

import java.time.LocalDate;
import java.util.List;

/**
 * A stabilisation plan of an enterprise with elevated social-tension risk: its points (action, responsible body,
 * due date, done), progress, and its removal from the high-risk zone with the workers covered.
 */
public record StabilisationPlan(long id, String bin, LocalDate openedOn, String openedBy, String status,
                                LocalDate removedOn, Long removedInRun, Integer workersCovered, List<Point> points) {

    public record Point(int item, String action, String responsible, LocalDate dueOn, LocalDate doneOn) {
    }

    /** Points done, of all. */
    public int done() {
        return (int) points.stream().filter(p -> p.doneOn() != null).count();
    }

    /** A new plan's points as the inspector writes them. */
    public record NewPoint(String action, String responsible, LocalDate dueOn) {
    }
}
