-- Orleans ADO.NET clustering and reminders on PostgreSQL, for Microsoft.Orleans.Clustering.AdoNet and
-- Microsoft.Orleans.Reminders.AdoNet 10.4.x (invariant "Npgsql"). Written for Ingest from the providers' contract:
-- the providers read every statement they run from OrleansQuery by key, bind parameters by name (@DeploymentId, ...)
-- and read result columns by name. The packages ship no PostgreSQL script, so this is ours; OrleansPostgresSchema
-- runs it at silo start. It is idempotent (IF NOT EXISTS, OR REPLACE, upserted queries), so every silo may run it.
-- Times are timestamptz; the connection Orleans uses is opened with Timezone=UTC so no conversion ever applies.
SELECT pg_advisory_xact_lock(7403261028);

CREATE TABLE IF NOT EXISTS OrleansQuery (
    QueryKey varchar(64) PRIMARY KEY,
    QueryText text NOT NULL);

-- One row per cluster (DeploymentId = ClusterId): the membership table's version, the optimistic-concurrency token
-- every membership write must present and advances.
CREATE TABLE IF NOT EXISTS OrleansMembershipVersionTable (
    DeploymentId varchar(150) PRIMARY KEY,
    Timestamp timestamptz NOT NULL DEFAULT now(),
    Version integer NOT NULL DEFAULT 0);

-- One row per silo incarnation (address, port, generation).
CREATE TABLE IF NOT EXISTS OrleansMembershipTable (
    DeploymentId varchar(150) NOT NULL REFERENCES OrleansMembershipVersionTable (DeploymentId),
    Address varchar(45) NOT NULL,
    Port integer NOT NULL,
    Generation integer NOT NULL,
    SiloName varchar(150) NOT NULL,
    HostName varchar(150) NOT NULL,
    Status integer NOT NULL,
    ProxyPort integer,
    SuspectTimes text,
    StartTime timestamptz NOT NULL,
    IAmAliveTime timestamptz NOT NULL,
    PRIMARY KEY (DeploymentId, Address, Port, Generation));

-- One row per reminder; GrainHash is the grain's uniform hash as a signed integer, the order the range queries use.
CREATE TABLE IF NOT EXISTS OrleansRemindersTable (
    ServiceId varchar(150) NOT NULL,
    GrainId varchar(768) NOT NULL,
    ReminderName varchar(150) NOT NULL,
    StartTime timestamptz NOT NULL,
    Period bigint NOT NULL,
    GrainHash integer NOT NULL,
    Version integer NOT NULL,
    PRIMARY KEY (ServiceId, GrainId, ReminderName));
CREATE INDEX IF NOT EXISTS OrleansRemindersTable_ServiceId_GrainHash ON OrleansRemindersTable (ServiceId, GrainHash);

-- A membership write is two changes that stand or fall together: advance the version (only from the version the writer
-- read) and change the silo's row. The version row is updated first, so concurrent writers of one cluster queue on its
-- lock and all but the first find a newer version and get 0. A failure of the second change raises inside the block,
-- which rolls the version back too.
CREATE OR REPLACE FUNCTION ingest_orleans_insert_member(
    p_deployment text, p_address text, p_port integer, p_generation integer, p_silo_name text, p_host_name text,
    p_status integer, p_proxy_port integer, p_start_time timestamptz, p_alive_time timestamptz, p_version integer)
RETURNS integer LANGUAGE plpgsql AS $fn$
BEGIN
    UPDATE OrleansMembershipVersionTable AS v SET Version = v.Version + 1, Timestamp = now()
    WHERE v.DeploymentId = p_deployment AND v.Version = p_version;
    IF NOT FOUND THEN
        RETURN 0;
    END IF;
    INSERT INTO OrleansMembershipTable
        (DeploymentId, Address, Port, Generation, SiloName, HostName, Status, ProxyPort, StartTime, IAmAliveTime)
    VALUES
        (p_deployment, p_address, p_port, p_generation, p_silo_name, p_host_name, p_status, p_proxy_port, p_start_time, p_alive_time);
    RETURN 1;
EXCEPTION WHEN unique_violation THEN
    RETURN 0;
END
$fn$;

CREATE OR REPLACE FUNCTION ingest_orleans_update_member(
    p_deployment text, p_address text, p_port integer, p_generation integer, p_status integer, p_suspect_times text,
    p_alive_time timestamptz, p_version integer)
RETURNS integer LANGUAGE plpgsql AS $fn$
BEGIN
    UPDATE OrleansMembershipVersionTable AS v SET Version = v.Version + 1, Timestamp = now()
    WHERE v.DeploymentId = p_deployment AND v.Version = p_version;
    IF NOT FOUND THEN
        RETURN 0;
    END IF;
    UPDATE OrleansMembershipTable AS m SET Status = p_status, SuspectTimes = p_suspect_times, IAmAliveTime = p_alive_time
    WHERE m.DeploymentId = p_deployment AND m.Address = p_address AND m.Port = p_port AND m.Generation = p_generation;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no membership row to update' USING ERRCODE = 'no_data_found';
    END IF;
    RETURN 1;
EXCEPTION WHEN no_data_found THEN
    RETURN 0;
END
$fn$;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('InsertMembershipVersionKey', $q$
    WITH created AS (
        INSERT INTO OrleansMembershipVersionTable (DeploymentId) VALUES (@DeploymentId)
        ON CONFLICT (DeploymentId) DO NOTHING
        RETURNING 1)
    SELECT count(*)::integer FROM created;
$q$),
('InsertMembershipKey', $q$
    SELECT ingest_orleans_insert_member(@DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName,
        @Status, @ProxyPort, @StartTime, @IAmAliveTime, @Version);
$q$),
('UpdateMembershipKey', $q$
    SELECT ingest_orleans_update_member(@DeploymentId, @Address, @Port, @Generation, @Status, @SuspectTimes,
        @IAmAliveTime, @Version);
$q$),
('UpdateIAmAlivetimeKey', $q$
    UPDATE OrleansMembershipTable SET IAmAliveTime = @IAmAliveTime
    WHERE DeploymentId = @DeploymentId AND Address = @Address AND Port = @Port AND Generation = @Generation;
$q$),
('MembershipReadRowKey', $q$
    SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
           m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
    FROM OrleansMembershipVersionTable AS v
    LEFT JOIN OrleansMembershipTable AS m ON m.DeploymentId = v.DeploymentId
        AND m.Address = @Address AND m.Port = @Port AND m.Generation = @Generation
    WHERE v.DeploymentId = @DeploymentId;
$q$),
('MembershipReadAllKey', $q$
    SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
           m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
    FROM OrleansMembershipVersionTable AS v
    LEFT JOIN OrleansMembershipTable AS m ON m.DeploymentId = v.DeploymentId
    WHERE v.DeploymentId = @DeploymentId;
$q$),
('GatewaysQueryKey', $q$
    SELECT Address, ProxyPort, Generation FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId AND Status = @Status AND ProxyPort > 0;
$q$),
('DeleteMembershipTableEntriesKey', $q$
    DELETE FROM OrleansMembershipTable WHERE DeploymentId = @DeploymentId;
    DELETE FROM OrleansMembershipVersionTable WHERE DeploymentId = @DeploymentId;
$q$),
('CleanupDefunctSiloEntriesKey', $q$
    DELETE FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId AND IAmAliveTime < @IAmAliveTime AND Status <> 3;
$q$),
('CleanupDefunctSiloEntryKey', $q$
    DELETE FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId AND Address = @Address AND Port = @Port AND Generation = @Generation
      AND Status = 6 AND StartTime = @StartTime AND IAmAliveTime = @IAmAliveTime
      AND SuspectTimes IS NOT DISTINCT FROM @SuspectTimes;
$q$),
('ReadReminderRowsKey', $q$
    SELECT GrainId, ReminderName, StartTime, Period, Version FROM OrleansRemindersTable
    WHERE ServiceId = @ServiceId AND GrainId = @GrainId;
$q$),
('ReadReminderRowKey', $q$
    SELECT GrainId, ReminderName, StartTime, Period, Version FROM OrleansRemindersTable
    WHERE ServiceId = @ServiceId AND GrainId = @GrainId AND ReminderName = @ReminderName;
$q$),
('ReadRangeRows1Key', $q$
    SELECT GrainId, ReminderName, StartTime, Period, Version FROM OrleansRemindersTable
    WHERE ServiceId = @ServiceId AND GrainHash > @BeginHash AND GrainHash <= @EndHash;
$q$),
('ReadRangeRows2Key', $q$
    SELECT GrainId, ReminderName, StartTime, Period, Version FROM OrleansRemindersTable
    WHERE ServiceId = @ServiceId AND (GrainHash > @BeginHash OR GrainHash <= @EndHash);
$q$),
('UpsertReminderRowKey', $q$
    INSERT INTO OrleansRemindersTable AS r (ServiceId, GrainId, ReminderName, StartTime, Period, GrainHash, Version)
    VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 0)
    ON CONFLICT (ServiceId, GrainId, ReminderName) DO UPDATE
        SET StartTime = EXCLUDED.StartTime, Period = EXCLUDED.Period, GrainHash = EXCLUDED.GrainHash, Version = r.Version + 1
    RETURNING Version;
$q$),
('DeleteReminderRowKey', $q$
    WITH deleted AS (
        DELETE FROM OrleansRemindersTable
        WHERE ServiceId = @ServiceId AND GrainId = @GrainId AND ReminderName = @ReminderName AND Version = @Version
        RETURNING 1)
    SELECT count(*) > 0 FROM deleted;
$q$),
('DeleteReminderRowsKey', $q$
    DELETE FROM OrleansRemindersTable WHERE ServiceId = @ServiceId;
$q$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;
