/**
 * A home for every role after sign-in (the consultant's and specialist's families with open offers and cases, the
 * analyst's national figures, the operator's imports, runs and event intake, the administrator's users and audit
 * log, the inspector's lists), and the actions taken from it: cases taken, assigned, commented and closed, answers
 * recorded at the counter, SMS sent again. Reads of personal data are audited like the family card's.
 */
package kz.shanyraq.app.home;
