package kz.shanyraq.app.web;

import kz.shanyraq.law.measure.Measure;
import kz.shanyraq.law.measure.Measures;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Measure ids to their titles in the page's language. */
final class MeasureTitles {

    private MeasureTitles() {
    }

    static Map<String, String> in(Locale locale) {
        Map<String, String> titles = new LinkedHashMap<>();
        for (Measure m : Measures.all()) {
            titles.put(m.id(), m.title().in(locale));
        }
        return titles;
    }
}
