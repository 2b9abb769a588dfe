package kz.shanyraq.app.employment;

import kz.shanyraq.app.casework.SocialContractConcluded;
import kz.shanyraq.law.asof.InForceOnDate;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A social contract's individual family plan puts the members it gives an active employment measure on the career
 * centre's list (seed 003: the career centre is the other half of the contract): one invitation per member and
 * contract, in the territory of the member's family, shown on the consultant's worklist beside those invited after a
 * job loss until the member registers. A member already registered is not invited; whether the person may be
 * registered is decided at registration by the law's refusals. Runs in the transaction that concludes the contract,
 * so the contract and its invitations are written together or not at all.
 */
@Service
public class PlanMemberInvitations {

    private final JdbcClient jdbc;

    PlanMemberInvitations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    public void contractConcluded(SocialContractConcluded contract) {
        if (contract.personIds().isEmpty()) {
            return;
        }
        // Membership on the day by the registry's one rule (law.asof.InForceOnDate).
        jdbc.sql("""
                insert into job_seeker_invitation (reason, contract_id, person_id, iin, region_code, district_id,
                                                   invited_on)
                select 'social-contract', :contract, p.id, p.iin, a.region_code, a.district_id, :on
                  from person p
                  join family_member m on m.person_id = p.id and %s
                  left join lateral (select ad.region_code, ad.district_id from family_address ad
                                      where ad.family_id = m.family_id and ad.valid_from <= :on
                                      order by ad.valid_from desc limit 1) a on true
                 where p.id in (:persons)
                   and not exists (select 1 from job_seeker s where s.person_id = p.id and s.standing <> 'closed')
                on conflict (contract_id, person_id) where contract_id is not null do nothing"""
                        .formatted(InForceOnDate.sql("m", ":on")))
                .param("contract", contract.contractId()).param("on", contract.concludedOn())
                .param("persons", contract.personIds()).update();
    }
}
