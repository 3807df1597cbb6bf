package io.newspipe.cli;

import io.newspipe.model.Article;
import io.newspipe.model.Json;
import io.newspipe.text.page.PageRepair;
import io.newspipe.text.page.PageSplitter;
import io.newspipe.text.page.RepairedPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "split", description = "Repair and split pages without Kafka; one JSON article per line.")
final class SplitCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Option(names = "--lines", description = "Instead of articles, print how the splitter read each line: its role "
            + "(CONT~ROLE: joined to the line before), * where an article opens, how many physical lines it joins, "
            + "its text. Before assembly: the headline matcher may still move a headline.")
    boolean lines;

    @Override
    public Integer call() throws Exception {
        PageRepair repair = new PageRepair();
        PageSplitter splitter = new PageSplitter();
        for (Path f : files) {
            RepairedPage page = repair.repair(PageFiles.read(f));
            if (lines) {
                System.out.println("# " + f);
                for (PageSplitter.LineReading l : splitter.read(page)) {
                    String role = l.continues() == null ? l.role().name() : "CONT~" + l.continues();
                    System.out.printf("%-15s %s %2d  %s%n", role, l.opens() ? "*" : " ", l.physicalLines(), l.text());
                }
                continue;
            }
            for (Article a : splitter.split(page)) {
                System.out.println(Json.writeString(a));
            }
        }
        return 0;
    }
}
