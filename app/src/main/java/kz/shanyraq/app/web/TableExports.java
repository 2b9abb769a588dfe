package kz.shanyraq.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kz.shanyraq.app.audit.AuditEntry;
import kz.shanyraq.app.audit.AuditTrail;
import kz.shanyraq.app.security.ShanyraqUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The XLSX export of every table of the UI, one mechanism for all of them: a page asked with {@code ?xlsx=<table id>}
 * is rendered by its own controller (so the reader's territory, access checks, audit of the families listed and the
 * small-cell rule are the page's own), and the table with that id is read back from the page and written by
 * {@link XlsxTable}, filtered and sorted as the reader had it ({@code xlsx-filter}, {@code xlsx-sort=<column>:asc|desc}
 * set by {@code static/js/tables.js}). A table marked personal by its tools ({@code fragments/table :: tools}) holds
 * people's data: its export is recorded in the audit trail besides the page's own reads. A page that refuses, fails
 * or has no such table answers as it would without the parameter (or 404).
 */
@Component
class TableExports extends OncePerRequestFilter {

    static final String PARAMETER = "xlsx";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final AuditTrail audit;
    private final Clock clock;

    TableExports(AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || request.getParameter(PARAMETER) == null
                || request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = request.getParameter(PARAMETER);
        if (!ID.matcher(id).matches()) {
            response.sendError(400, "xlsx: a table id of letters, digits, '-' or '_'");
            return;
        }
        ContentCachingResponseWrapper page = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, page);
        String type = page.getContentType();
        if (page.getStatus() != 200 || type == null || !type.startsWith("text/html")) {
            page.copyBodyToResponse();
            return;
        }
        String html = new String(page.getContentAsByteArray(), StandardCharsets.UTF_8);
        Optional<HtmlTable> found = HtmlTable.read(html, id);
        if (found.isEmpty()) {
            response.sendError(404, "xlsx: no table " + id + " on this page");
            return;
        }
        HtmlTable table = found.get().filtered(request.getParameter("xlsx-filter"));
        String sort = request.getParameter("xlsx-sort");
        if (sort != null && sort.matches("\\d{1,3}:(asc|desc)")) {
            String[] s = sort.split(":");
            table = table.sorted(Integer.parseInt(s[0]), s[1].equals("desc"));
        }
        if (personal(html, id)) {
            recordExport(request, id, table.rows.size());
        }
        byte[] xlsx = XlsxTable.bytes(id, table.headings, table.values());
        response.setCharacterEncoding((String) null); // the page's charset=UTF-8 is not the file's
        response.setContentType(XlsxTable.XLSX.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(id + "-" + LocalDate.now(clock) + ".xlsx", StandardCharsets.UTF_8).build().toString());
        response.setContentLength(xlsx.length);
        response.getOutputStream().write(xlsx);
    }

    /** Whether the table's tools say it lists people or families. */
    static boolean personal(String html, String id) {
        java.util.regex.Matcher tools = Pattern.compile("<div\\b[^>]*\\bdata-export=\"" + Pattern.quote(id) + "\"[^>]*>")
                .matcher(html);
        return tools.find() && tools.group().contains("data-personal=\"true\"");
    }

    private void recordExport(HttpServletRequest request, String id, int rows) {
        if (request.getUserPrincipal() instanceof Authentication a && a.getPrincipal() instanceof ShanyraqUser user) {
            audit.record(new AuditEntry(user.getUsername(), user.role().code(), "ui", "worklist", "export", null,
                    null, null, LocalDate.now(clock), "granted",
                    "xlsx export of " + request.getRequestURI() + " table " + id + ": " + rows + " rows"));
        }
    }
}
