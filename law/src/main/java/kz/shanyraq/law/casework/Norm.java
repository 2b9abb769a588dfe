package kz.shanyraq.law.casework;

import kz.shanyraq.law.parameter.Law;
import kz.shanyraq.law.parameter.ParameterVersion;

/**
 * A rule's legal basis as a family or an officer reads it: the parameter it comes from, the act and article, and how
 * well it is sourced.
 */
public record Norm(String parameter, String citation, String status) {

    public static Norm of(Law law, String parameter) {
        ParameterVersion v = law.version(parameter);
        return new Norm(parameter, v.reference().citation(), v.status().code());
    }
}
