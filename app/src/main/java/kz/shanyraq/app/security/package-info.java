/**
 * Who may do what: users with one role and a territorial scope (region, optionally a district), form login for the
 * web UI, HTTP Basic for the API, the access policy for personal data, and the production guard that refuses to
 * start with demo users.
 */
package kz.shanyraq.app.security;
