package kz.shanyraq.law.parameter;

import java.util.List;

/**
 * Where a value comes from: the act and article, and the sources (ids of legal-parameters.md or URLs) it was
 * read from.
 */
public record LegalReference(String act, String article, List<String> sources) {

    public LegalReference {
        sources = List.copyOf(sources);
    }

    /** "Act, article" as one line. */
    public String citation() {
        return article == null || article.isBlank() ? act : act + ", " + article;
    }
}
