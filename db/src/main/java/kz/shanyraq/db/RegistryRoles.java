package kz.shanyraq.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The registry's two working roles and what each may do. One place for the privileges, applied after every
 * migration by {@link RegistrySchema} (so a table added by any later migration is covered) and, for the embedded
 * database, created by {@link EmbeddedDatabase}.
 *
 * <ul>
 *   <li>{@value #OWNER} owns every table, view, sequence and function: migrations and the command-line tools.</li>
 *   <li>{@value #APPLICATION}: the server. Rows only (SELECT, INSERT, UPDATE, DELETE); it owns nothing, so it cannot
 *   alter a table or disable its triggers, and as a non-superuser it cannot set {@code session_replication_role}.
 *   The {@link #APPEND_ONLY} tables grant it INSERT and SELECT only.</li>
 * </ul>
 */
public final class RegistryRoles {

    public static final String OWNER = "shanyraq_owner";
    public static final String APPLICATION = "shanyraq_app";

    /** Tables the server may add to and read, never change: the audit trail and the schema's history. */
    public static final List<String> APPEND_ONLY = List.of("audit_event", "aid_case_history", "labour_access_log",
            "support_case_note");

    private RegistryRoles() {
    }

    /** As the superuser: both roles exist with the folder's passwords, and the owner owns the schema's objects. */
    static void ensure(Statement s, DatabaseCredentials credentials) throws SQLException {
        ensureRole(s, OWNER, credentials.ownerPassword());
        ensureRole(s, APPLICATION, credentials.applicationPassword());
        s.execute("grant create, usage on schema public to " + OWNER);
        s.execute("grant usage on schema public to " + APPLICATION);
        s.execute("grant connect, temporary on database " + EmbeddedDatabase.DATABASE + " to " + OWNER + ", " + APPLICATION);
        // Trusted extensions (pg_trgm, btree_gin: V70) are created by a role with CREATE on the database, no superuser.
        s.execute("grant create on database " + EmbeddedDatabase.DATABASE + " to " + OWNER);
        // A registry made by an older version was migrated by the superuser: hand its objects to the owner.
        s.execute("""
                do $$
                declare r record;
                begin
                  for r in select c.oid::regclass as name from pg_class c
                           where c.relnamespace = 'public'::regnamespace and c.relowner = 'postgres'::regrole
                             and c.relkind in ('r', 'p', 'v', 'm', 'f')
                  loop
                    execute format('alter table %s owner to shanyraq_owner', r.name);
                  end loop;
                  for r in select c.oid::regclass as name from pg_class c
                           where c.relnamespace = 'public'::regnamespace and c.relowner = 'postgres'::regrole
                             and c.relkind = 'S'
                             and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype in ('a', 'i'))
                  loop
                    execute format('alter sequence %s owner to shanyraq_owner', r.name);
                  end loop;
                  for r in select p.oid::regprocedure as name from pg_proc p
                           where p.pronamespace = 'public'::regnamespace and p.proowner = 'postgres'::regrole
                  loop
                    execute format('alter routine %s owner to shanyraq_owner', r.name);
                  end loop;
                end $$""");
    }

    private static void ensureRole(Statement s, String role, String password) throws SQLException {
        boolean exists;
        try (ResultSet rs = s.executeQuery("select 1 from pg_roles where rolname = '" + role + "'")) {
            exists = rs.next();
        }
        String options = " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password "
                + EmbeddedDatabase.literal(password);
        s.execute((exists ? "alter role " : "create role ") + role + options);
    }

    /**
     * As the owner, after migrations: the application role (when the database has one) may work with the rows of
     * every table, present and future, but only add to and read the append-only ones. Idempotent.
     */
    static void grant(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (!roleExists(s, APPLICATION)) {
                return; // an external database run by one user: nothing to separate
            }
            s.execute("grant select, insert, update, delete on all tables in schema public to " + APPLICATION);
            s.execute("grant usage, select, update on all sequences in schema public to " + APPLICATION);
            s.execute("alter default privileges in schema public grant select, insert, update, delete on tables to "
                    + APPLICATION);
            s.execute("alter default privileges in schema public grant usage, select, update on sequences to "
                    + APPLICATION);
            for (String table : APPEND_ONLY) {
                s.execute("revoke update, delete, truncate on " + table + " from " + APPLICATION);
            }
            s.execute("revoke insert, update, delete, truncate on " + RegistrySchema.HISTORY_TABLE + " from " + APPLICATION);
        }
    }

    static boolean roleExists(Statement s, String role) throws SQLException {
        try (ResultSet rs = s.executeQuery("select 1 from pg_roles where rolname = '" + role + "'")) {
            return rs.next();
        }
    }
}
