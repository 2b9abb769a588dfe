/**
 * The rules of case work for targeted social assistance that are law, not workflow: deadlines in working days on
 * the republic's calendar, who is exempt from employment measures under a social contract and why, how a broken
 * contract is sanctioned member by member, and how a family's monthly amount is shared among its members. Each
 * figure is a dated parameter of {@code casework.yaml}; each result cites its norm.
 */
package kz.shanyraq.law.casework;
