-- The well-being scoring now runs with every family evaluation: a fall into category 1 or 2 is recognised after any
-- event that changes the family's facts (income, job, death, disability …), so the rule listens to every event kind.
update hard_situation_rule
   set event_kind = 'any', active = true
 where code = 'fall-to-category-1-2';
