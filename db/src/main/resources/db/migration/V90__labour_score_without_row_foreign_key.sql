-- Issue 18, the 5 s target of a national labour-scoring run: labour_score's reference to its run was checked by a
-- trigger per row (175 k referential-integrity look-ups per run inside the COPY). Its rows are only written by the
-- scoring run (LabourScoringRun), in the transaction that created the run's row and publishes it, so the reference
-- cannot dangle; the rows of a failed run are never published. The transitions (a few thousand rows) keep theirs.
alter table labour_score drop constraint labour_score_run_id_fkey;
