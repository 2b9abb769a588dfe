package kz.shanyraq.law.wellbeing;

import kz.shanyraq.law.explain.Text;

/** One criterion as scored for a family: the measured value, the band it fell in and the points it gave. */
public record CriterionScore(String code, String group, Text title, Feature feature, long value, String band,
                             int points) {
}
