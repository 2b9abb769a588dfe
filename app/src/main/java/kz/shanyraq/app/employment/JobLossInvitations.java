package kz.shanyraq.app.employment;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A job loss reported as a life event (issue 5, kind {@code employment-terminated}, processed into the registry)
 * invites the person to register at the career centre: one invitation per event, in the territory of the person's
 * family, shown on the consultant's screen until the person registers. Read from the life events already
 * processed, so the life-event path itself is unchanged; a person already registered is not invited (whether the
 * person is employed again is checked at registration, by the registry's one rule).
 */
@Service
public class JobLossInvitations {

    private final JdbcClient jdbc;

    JobLossInvitations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Invites everyone whose processed job-loss event has no invitation yet; returns how many were invited. */
    public int inviteNew() {
        return jdbc.sql("""
                insert into job_seeker_invitation (life_event_id, person_id, iin, region_code, district_id, job_lost_on,
                                                   invited_on)
                select e.id, p.id, e.subject_iin, a.region_code, a.district_id, e.effective_on, e.effective_on
                  from life_event e
                  join person p on p.iin = e.subject_iin
                  left join lateral (select ad.region_code, ad.district_id from family_address ad
                                      where ad.family_id = e.family_id and ad.valid_from <= e.effective_on
                                      order by ad.valid_from desc limit 1) a on true
                 where e.kind = 'employment-terminated' and e.status = 'processed'
                   and not exists (select 1 from job_seeker_invitation i where i.life_event_id = e.id)
                   and not exists (select 1 from job_seeker s where s.person_id = p.id and s.standing <> 'closed')
                on conflict (life_event_id) do nothing""").update();
    }
}
