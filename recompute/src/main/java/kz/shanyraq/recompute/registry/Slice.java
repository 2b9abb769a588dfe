package kz.shanyraq.recompute.registry;

import kz.shanyraq.law.family.Family;

import java.util.List;

/**
 * The families of one id range as of a date, in id order, and how many persons they hold: as the law's objects
 * (the slow path) or already fed into a population (the family snapshot's path; {@code families} is null).
 */
public record Slice(List<Family> families, kz.shanyraq.law.batch.Population population, int size, int persons) {

    /** Families as the law's objects (the slow path). */
    public Slice(List<Family> families, int persons) {
        this(families, null, families.size(), persons);
    }
}
