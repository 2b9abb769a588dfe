package kz.shanyraq.app.casework;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import kz.shanyraq.app.registry.PlaceNames;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The decision as a PDF the family can be given, in Russian or Kazakh: the same text as the printable page
 * ({@code casework/decision.html}, the same message keys), set in DejaVu Sans (the server's shared font,
 * {@code fonts/DejaVuSans.ttf}: Cyrillic and every Kazakh letter), the font embedded.
 */
@Component
public class DecisionPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final MessageSource messages;
    private final PlaceNames places;
    private final byte[] regular;
    private final byte[] bold;

    DecisionPdf(MessageSource messages, PlaceNames places) {
        this.messages = messages;
        this.places = places;
        this.regular = font("fonts/DejaVuSans.ttf");
        this.bold = font("fonts/DejaVuSans-Bold.ttf");
    }

    private static byte[] font(String path) {
        try (InputStream in = DecisionPdf.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("font " + path + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The decision of the case (the approved one, else the one under consideration) in {@code ru} or {@code kk}. */
    public byte[] render(CaseFile f, Locale locale) {
        CaseFile.Decision d = f.decisions().stream().filter(x -> x.status().equals("approved")).findFirst()
                .orElse(f.openDecision());
        if (d == null) {
            throw new CaseRefusedException("no-decision", "Case " + f.id() + " has no decision yet.");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            BaseFont base = BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    regular, null);
            BaseFont baseBold = BaseFont.createFont("DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    true, bold, null);
            Font text = new Font(base, 11);
            Font small = new Font(base, 9);
            Font title = new Font(baseBold, 13);
            PdfWriter.getInstance(doc, out);
            doc.addTitle(msg("cw.document.title", locale) + " · " + msg("cw.case.number", locale, f.id()));
            doc.open();
            doc.add(new Paragraph(places.of(f.territory(), locale), small));
            Paragraph heading = new Paragraph(msg(d.outcome().equals("assign") ? "cw.document.title.assign"
                    : "cw.document.title.refuse", locale), title);
            heading.setAlignment(Element.ALIGN_CENTER);
            heading.setSpacingBefore(12);
            heading.setSpacingAfter(12);
            doc.add(heading);
            doc.add(line(msg("cw.document.number", locale, d.id(), f.id(), DAY.format(f.appliedOn())), text));
            doc.add(line(msg("cw.document.family", locale, f.familyId(), f.members().size()), text));
            if (d.outcome().equals("assign")) {
                doc.add(line(msg("cw.document.assign", locale, msg("cw.form." + d.form(), locale),
                        DAY.format(d.periodFrom()), DAY.format(d.periodTo())), text));
                PdfPTable members = new PdfPTable(new float[] {3, 3, 2});
                members.setWidthPercentage(100);
                members.setSpacingBefore(6);
                members.setSpacingAfter(6);
                for (String h : new String[] {"cw.member", "cw.born", "cw.share"}) {
                    members.addCell(new PdfPCell(new Phrase(msg(h, locale), small)));
                }
                for (CaseFile.Share s : d.shares()) {
                    members.addCell(new PdfPCell(new Phrase(s.memberId(), text)));
                    members.addCell(new PdfPCell(new Phrase(DAY.format(s.birthDate()), text)));
                    PdfPCell amount = new PdfPCell(new Phrase(tenge(s.amount()) + " ₸", text));
                    amount.setHorizontalAlignment(Element.ALIGN_RIGHT);
                    members.addCell(amount);
                }
                doc.add(members);
                doc.add(line(msg("cw.document.amount", locale, tenge(d.monthlyAmount()),
                        tenge(d.childSupplement())), text));
                doc.add(line(msg("cw.document.basis", locale, d.perCapitaIncome(), d.povertyLine()), text));
                if ("conditional".equals(d.form())) {
                    doc.add(line(msg("cw.document.conditional", locale), text));
                    doc.add(line(f.contract() == null ? msg("cw.document.paid.either", locale)
                            : msg("cw.document.paid.contract", locale,
                            msg("cw.mode." + f.contract().paymentMode(), locale)), text));
                } else {
                    doc.add(line(msg("cw.document.paid.monthly", locale), text));
                }
            } else {
                doc.add(line(locale.getLanguage().equals("kk") ? d.reasonKk() : d.reasonRu(), text));
            }
            doc.add(line(msg("cw.appeal.how", locale), text));
            doc.add(line(msg("cw.document.law", locale), small));
            PdfPTable signatures = new PdfPTable(2);
            signatures.setWidthPercentage(100);
            signatures.setSpacingBefore(18);
            signatures.addCell(plain(msg("cw.prepared-by", locale), text));
            signatures.addCell(plain(d.preparedBy(), text));
            signatures.addCell(plain(msg("cw.checked-by", locale), text));
            signatures.addCell(plain(d.checkedBy() == null ? "—" : d.checkedBy(), text));
            doc.add(signatures);
            doc.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("the decision of case " + f.id() + " could not be set as PDF", e);
        }
        return out.toByteArray();
    }

    private static Paragraph line(String s, Font font) {
        Paragraph p = new Paragraph(s, font);
        p.setSpacingAfter(6);
        return p;
    }

    private static PdfPCell plain(String s, Font font) {
        PdfPCell c = new PdfPCell(new Phrase(s, font));
        c.setBorder(PdfPCell.NO_BORDER);
        return c;
    }

    /** 42350 → "42 350", as the printable page writes amounts. */
    static String tenge(Long amount) {
        return amount == null ? "—" : String.format(Locale.ROOT, "%,d", amount).replace(',', ' ');
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, locale);
    }
}
