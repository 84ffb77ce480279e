-- Nudge schema, version 1. Child rows keep their order in a position column, because the
-- order of events recorded on the same day matters to the follow-up rules.

CREATE TABLE application (
    id          VARCHAR(500) PRIMARY KEY,
    company     VARCHAR(200) NOT NULL,
    role        VARCHAR(200) NOT NULL,
    country     VARCHAR(8)   NOT NULL DEFAULT '',
    applied_on  DATE,
    url         VARCHAR      NOT NULL DEFAULT '',
    location    VARCHAR      NOT NULL DEFAULT '',
    source      VARCHAR      NOT NULL DEFAULT '',
    may_call    BOOLEAN      NOT NULL DEFAULT FALSE,
    known_delay BOOLEAN      NOT NULL DEFAULT FALSE,
    notes       VARCHAR(20000) NOT NULL DEFAULT ''
);

CREATE TABLE contact (
    application_id VARCHAR(500) NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    position       INT          NOT NULL,
    name           VARCHAR      NOT NULL DEFAULT '',
    email          VARCHAR      NOT NULL DEFAULT '',
    phone          VARCHAR      NOT NULL DEFAULT '',
    title          VARCHAR      NOT NULL DEFAULT '',
    is_primary     BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (application_id, position)
);

CREATE TABLE interview_round (
    application_id       VARCHAR(500) NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    position             INT          NOT NULL,
    ended_at             TIMESTAMP    NOT NULL,
    decision_expected_by DATE,
    talking_point        VARCHAR      NOT NULL DEFAULT '',
    PRIMARY KEY (application_id, position)
);

CREATE TABLE round_interviewer (
    application_id VARCHAR(500) NOT NULL,
    round_position INT          NOT NULL,
    position       INT          NOT NULL,
    name           VARCHAR      NOT NULL,
    PRIMARY KEY (application_id, round_position, position),
    FOREIGN KEY (application_id, round_position)
        REFERENCES interview_round (application_id, position) ON DELETE CASCADE
);

CREATE TABLE event (
    application_id  VARCHAR(500) NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    position        INT          NOT NULL,
    type            VARCHAR(32)  NOT NULL,
    on_date         DATE         NOT NULL,
    channel         VARCHAR(8),
    new_decision_by DATE,
    check_back_on   DATE,
    action          VARCHAR(32),
    until_date      DATE,
    note            VARCHAR      NOT NULL DEFAULT '',
    PRIMARY KEY (application_id, position)
);

CREATE TABLE setting (
    setting_name  VARCHAR(100) PRIMARY KEY,
    setting_value VARCHAR      NOT NULL
);
