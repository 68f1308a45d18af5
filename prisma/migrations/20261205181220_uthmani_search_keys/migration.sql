-- Search keys are derived (lib/core/text/search-key.ts) and now read the Quran's classical spelling of ā as modern
-- spelling (lib/core/text/uthmani.ts). Paragraphs that may hold it lose their stored key, and the first search
-- writes it again (lib/server/search/search-paragraphs.ts fillSearchKeys). U+0670 is the superscript alef; U+0621
-- before U+0627 (harakat and Quranic marks between) the hamza on the line that spells the alef with madda.
UPDATE "paragraphs" SET "search_text" = ''
WHERE strpos("text", chr(1648)) > 0
   OR "text" ~ (chr(1569) || '[' || chr(1611) || '-' || chr(1631) || chr(1750) || '-' || chr(1773) || ']*' || chr(1575));
