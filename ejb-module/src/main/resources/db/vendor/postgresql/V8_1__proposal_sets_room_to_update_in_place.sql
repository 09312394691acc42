-- The nightly job replaces most seekers' proposal sets every night. With full pages each replacement is a new row
-- version on another page plus a new primary-key entry; with half of each page kept free, PostgreSQL writes the new
-- version beside the old one and leaves the index alone (a HOT update), and prunes the old version the next time it
-- reads the page. Measured on 105,000 sets: the job's upsert took about 30 % less time (1.34-1.44 s -> 0.96-1.01 s).
-- Pages written before this keep their layout until rewritten.
alter table proposal_sets set (fillfactor = 50);
