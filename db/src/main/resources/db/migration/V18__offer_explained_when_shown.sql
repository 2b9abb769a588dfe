-- The offer's legal explanation is rendered when the offer is first shown (family card) or answered, not when the
-- event makes it: most offers are never opened, and the ≈ 3 KB text was the largest row the event path wrote.
-- Until then the offer keeps the compact inputs of the explanation: the family as the law saw it on the day it was
-- evaluated (the law's family model in a compact binary form, FamilyBasis) and that day. See docs/proactive.md,
-- "The legal explanation".
alter table offer alter column explanation drop not null;
alter table offer add column assessed_on date;
alter table offer add column basis bytea;
alter table offer add constraint offer_explainable
    check (explanation is not null or (basis is not null and assessed_on is not null));
