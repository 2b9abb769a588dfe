package kz.shanyraq.app.web;

import jakarta.servlet.http.HttpServletResponse;
import kz.shanyraq.app.familycard.AccessRefusedException;
import kz.shanyraq.app.familycard.NotInRegistryException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Refusals and unknown families in the web UI: a page that says so, with the right status code. */
@ControllerAdvice(assignableTypes = {FamilyCardPage.class, SearchPage.class})
class UiErrors {

    @ExceptionHandler(AccessRefusedException.class)
    String refused(AccessRefusedException e, Model model, HttpServletResponse response) {
        response.setStatus(403);
        model.addAttribute("messageKey", "access.refused." + e.reason());
        model.addAttribute("status", 403);
        return "problem";
    }

    @ExceptionHandler(NotInRegistryException.class)
    String notFound(NotInRegistryException e, Model model, HttpServletResponse response) {
        response.setStatus(404);
        model.addAttribute("messageKey", "search.error.not-found." + e.what());
        model.addAttribute("status", 404);
        return "problem";
    }
}
