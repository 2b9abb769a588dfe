package kz.shanyraq.synth.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class GenerateCommandTest {

    @Test
    void generate_loads_into_the_data_folder_and_ends_with_the_summary_line(@TempDir Path data) {
        Output out = run("--scale", "0.0005", "--seed", "3", "--data", data.toString(), "--threads", "2");
        assertThat(out.code).isZero();
        String[] lines = out.stdout.strip().split("\n");
        assertThat(lines[lines.length - 1]).matches("persons=\\d+ families=\\d+ seconds=[0-9.]+ rows_per_second=\\d+");
        assertThat(out.stderr).contains("generating families").contains("indexing person");
        assertThat(out.stderr).as("the enterprises of the same scale and seed come with the families").contains("enterprises: 87 with");
        assertThat(out.stderr).as("the career centres' data comes with the families and enterprises")
                .containsPattern("employment: [0-9,]+ vacancies \\([0-9,]+ open\\), [0-9,]+ registrations");
        assertThat(data.resolve("pg")).isDirectory();

        Output again = run("--scale", "0.0005", "--seed", "3", "--data", data.toString());
        assertThat(again.code).isZero();
        assertThat(again.stderr).contains("already loaded");

        Output other = run("--scale", "0.0005", "--seed", "4", "--data", data.toString());
        assertThat(other.code).isEqualTo(GenerateCommand.REFUSED);
        assertThat(other.stderr).contains("already holds the synthetic country");
    }

    @Test
    void only_the_enterprises_are_loaded_once_and_a_second_load_is_refused(@TempDir Path data) {
        Output out = run("--scale", "0.0005", "--seed", "3", "--data", data.toString(), "--only-enterprises");
        assertThat(out.code).isZero();
        assertThat(out.stderr).contains("enterprises: 87 with").doesNotContain("generating families");
        Output again = run("--scale", "0.0005", "--seed", "3", "--data", data.toString(), "--only-enterprises");
        assertThat(again.code).isEqualTo(GenerateCommand.REFUSED);
        assertThat(again.stderr).contains("holds enterprises already");
    }

    @Test
    void invalid_options_are_refused_with_a_clear_message() {
        assertThat(run("--seed", "1").stderr).contains("--scale");
        assertThat(run("--scale", "0").code).isEqualTo(GenerateCommand.INVALID);
        assertThat(run("--scale", "3").stderr).contains("at most 2.0");
        Output both = run("--scale", "0.001", "--data", "x", "--database", "jdbc:postgresql://localhost/x");
        assertThat(both.code).isEqualTo(GenerateCommand.INVALID);
        assertThat(both.stderr).contains("--data or --database");
        assertThat(run("--scale", "0.001", "--database", "jdbc:mysql://localhost/x").stderr).contains("PostgreSQL JDBC URL");
        Output tooEarly = run("--scale", "0.001", "--history-from", "2017-12", "--data", "x");
        assertThat(tooEarly.code).isEqualTo(GenerateCommand.INVALID);
        assertThat(tooEarly.stderr).contains("--history-from must be a month from 2018-01 to 2026-07").contains("2017-12");
        assertThat(run("--scale", "0.001", "--history-from", "2025-13", "--data", "x").stderr)
                .contains("--history-from").contains("YYYY-MM");
        assertThat(run("--scale", "0.001", "--history-from", "2026-08", "--data", "x").code)
                .as("a history after the first reference month").isEqualTo(GenerateCommand.INVALID);
    }

    private record Output(int code, String stdout, String stderr) {
    }

    private static synchronized Output run(String... args) {
        PrintStream out = System.out, err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = GenerateCommand.run(args);
            return new Output(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
