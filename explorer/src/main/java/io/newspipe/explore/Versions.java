package io.newspipe.explore;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of the chart library's WebJar on the class path, from its Maven metadata (so the path never drifts). */
final class Versions {
    static final String ECHARTS = webjar("org.webjars.npm", "echarts");

    private Versions() {
    }

    private static String webjar(String group, String artifact) {
        String file = "META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = Versions.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("the " + artifact + " WebJar is not on the class path (" + file + ")");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
