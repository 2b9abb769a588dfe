/**
 * The career centre (issue 17): job seekers and the unemployed (registration, refusal with the rule, the decision
 * after 10 working days, check-ins, de-registration with the ground), vacancies (REST and the labour exchange's
 * file) and matching by PostgreSQL full-text search and trigram similarity with the reason of each rank, referrals
 * and employment, the active employment measures and their outcomes 3, 6 and 12 months after, the regional quota of
 * kandas and movers and their applications, and monthly figures by region. Rules and figures are
 * {@code kz.shanyraq.law.employment}; tables of V70. See docs/employment.md.
 */
package kz.shanyraq.app.employment;
