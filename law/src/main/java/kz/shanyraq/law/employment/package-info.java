/**
 * Employment of the population as the career centre applies it (seed 003: Law «О занятости населения» of
 * 06.04.2016 No. 482-V arts. 13, 14, 16 and the Program of productive employment 2017–2021; seed 001 for the
 * economic-mobility certificate): who may be registered as a job seeker or unemployed, the 10-working-day offer
 * of suitable work and the 10-calendar-day notice, check-ins, the grounds of de-registration, the seven active
 * employment measures, and the economic-mobility certificate. Every figure is a dated parameter of
 * {@code employment.yaml}; each result cites its norm ({@link kz.shanyraq.law.casework.Norm}). Working days are
 * {@link kz.shanyraq.law.casework.WorkingDays} (one calendar); the relocation and rent subsidies of voluntary
 * resettlement are the measures {@code relocation-subsidy} and {@code rent-subsidy} of
 * {@code kz.shanyraq.law.benefit.resettlement}. No Spring here.
 */
package kz.shanyraq.law.employment;
