-- A forum topic's id is unique only within its chat: a case's topic is (chat, topic), and it is
-- looked up by both. Topics created before this change are in the operators' group configured
-- when they were made; the bot fills their chat in at start (`Store::adopt_topics`).
ALTER TABLE cases ADD COLUMN topic_chat_id INTEGER;
DROP INDEX cases_topic;
CREATE UNIQUE INDEX cases_topic ON cases (topic_chat_id, topic_id) WHERE topic_id IS NOT NULL;
