/**
 * Life events from source systems (birth, death, disability, job loss, …): intake by REST and file batch, validated
 * in full and stored with an outbox work item in one transaction; workers apply them to the registry by effective
 * date, re-evaluate the family and hand new rights to {@code proactive} and situations to {@code support}. The daily
 * age-threshold scan feeds the same pipeline.
 */
package kz.shanyraq.app.lifeevents;
