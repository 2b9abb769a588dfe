/**
 * Proactive services: a new right of a proactive measure becomes an offer, sent by SMS in Kazakh and Russian through
 * an {@link kz.shanyraq.app.proactive.SmsGateway}; the citizen's reply (consent or refusal) comes back through the
 * gateway's callback; consent creates the assignment exactly once; unanswered offers expire.
 */
package kz.shanyraq.app.proactive;
