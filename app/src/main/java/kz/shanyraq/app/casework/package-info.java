/**
 * Case work of targeted social assistance (АСП), after the 2018 handbook (seed 003): the application (by a consultant
 * or the e-government portal, pre-filled from the registry as of the application day, with the applicant's
 * corrections kept beside the registry's values), the district commission's survey, the decision prepared by the
 * consultant and approved by a different officer, the social contract with its individual family plan, monitoring,
 * sanctions, appeals, the assignment and the monthly payroll. The law (eligibility, amount, form, exemptions,
 * sanctions, deadlines) comes from the {@code law} module; this module keeps the case's states and records.
 * See docs/casework.md.
 */
package kz.shanyraq.app.casework;
