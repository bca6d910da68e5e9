-- Which grouped message a delivery row was sent in, recorded before the send so a retry re-sends the same group.
ALTER TABLE deliveries ADD COLUMN group_key TEXT NULL;
