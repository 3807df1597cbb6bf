package io.newspipe.cli;

import io.newspipe.model.Article;
import io.newspipe.model.Json;
import io.newspipe.text.page.PageRepair;
import io.newspipe.text.page.PageSplitter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "split", description = "Repair and split pages without Kafka; one JSON article per line.")
final class SplitCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        PageRepair repair = new PageRepair();
        PageSplitter splitter = new PageSplitter();
        for (Path f : files) {
            for (Article a : splitter.split(repair.repair(PageFiles.read(f)))) {
                System.out.println(Json.writeString(a));
            }
        }
        return 0;
    }
}
