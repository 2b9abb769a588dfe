package kz.shanyraq.app.lifeevents;

import java.util.List;

/** A request with at least one invalid event: nothing of it was written. */
public class EventsRejectedException extends RuntimeException {

    private final transient List<EventProblem> problems;

    public EventsRejectedException(List<EventProblem> problems) {
        super(problems.size() + " invalid event(s); nothing was written. First: " + problems.get(0).field() + ": "
                + problems.get(0).reason().en());
        this.problems = List.copyOf(problems);
    }

    public List<EventProblem> problems() {
        return problems;
    }
}
