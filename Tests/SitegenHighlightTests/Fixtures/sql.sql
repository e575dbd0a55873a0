-- Average citations per venue since 2015
SELECT v.name AS venue,
       COUNT(*) AS papers,
       AVG(p.citations) AS mean_citations
FROM papers p
JOIN venues v ON v.id = p.venue_id
WHERE p.year >= 2015
  AND p.title NOT LIKE '%retracted%'
GROUP BY v.name
HAVING COUNT(*) > 10
ORDER BY mean_citations DESC
LIMIT 20;

CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY,
    started_at TIMESTAMP NOT NULL,
    score REAL DEFAULT 0.0,
    notes TEXT
);

INSERT INTO runs (id, started_at, score) VALUES (1, '2024-01-01', 0.93);
UPDATE runs SET score = score * 1.5 WHERE id = 1;
/* remove old runs */
DELETE FROM runs WHERE started_at < '2020-01-01' OR score IS NULL;
