package kz.shanyraq.recompute.registry;

import kz.shanyraq.law.family.Family;

import java.util.List;

/** The families of one id range as of a date, in id order, and how many persons they hold. */
public record Slice(List<Family> families, int persons) {
}
