-- Labour-risk scoring runs keep each enterprise's explanation compactly (docs/labour-risk.md, "Scoring runs"): every
-- indicator's points and value, all scores' indicators one after the other in the run's order, packed in one bytea
-- (format 1: a version byte, then per indicator the points and the value as zig-zag varints; the value
-- -9223372036854775808 means "not reported"). With the run's model id and version the explanation is rebuilt exactly
-- (kz.shanyraq.recompute.labour.KeptExplanation). Rows of earlier runs keep the two arrays instead.
alter table labour_score add column explanation bytea;
alter table labour_score alter column points drop not null;
alter table labour_score alter column feature_values drop not null;
alter table labour_score add constraint labour_score_explained
    check (explanation is not null or (points is not null and feature_values is not null));
