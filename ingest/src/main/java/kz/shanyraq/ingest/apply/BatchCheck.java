package kz.shanyraq.ingest.apply;

import kz.shanyraq.ingest.format.Errors;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** A rule across the records of a batch and the registry (periods that must not overlap). */
@FunctionalInterface
public interface BatchCheck {
    void check(List<Row> rows, BatchContext context, Connection connection, Errors errors) throws SQLException;
}
