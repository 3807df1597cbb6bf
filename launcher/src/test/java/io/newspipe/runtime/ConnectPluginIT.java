package io.newspipe.runtime;

import io.newspipe.sink.ArticleSinkConnector;
import org.apache.kafka.connect.runtime.isolation.PluginDesc;
import org.apache.kafka.connect.runtime.isolation.Plugins;
import org.apache.kafka.connect.sink.SinkConnector;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged plugin directory is what a stock worker needs: Connect's own plugin scanner, with
 * {@code plugin.discovery=service_load}, finds the connector there through its ServiceLoader manifest and loads it in
 * an isolated class loader, with the JDBC drivers it bundles.
 */
class ConnectPluginIT {
    private static final Path PLUGIN_PATH = Path.of("..", "sink-connector", "target", "plugin").toAbsolutePath().normalize();

    @Test
    void aWorkerLoadsTheSinkFromPluginPath() throws Exception {
        assertTrue(Files.isDirectory(PLUGIN_PATH.resolve("newspipe-sink-connector")), "build the plugin first: " + PLUGIN_PATH);
        Plugins plugins = new Plugins(Map.of("plugin.path", PLUGIN_PATH.toString(), "plugin.discovery", "service_load"));
        PluginDesc<SinkConnector> desc = plugins.sinkConnectors().stream()
                .filter(d -> d.className().equals(ArticleSinkConnector.class.getName()))
                .filter(d -> d.location().contains("newspipe-sink-connector"))
                .findFirst().orElseThrow(() -> new AssertionError("not found on plugin.path: " + plugins.sinkConnectors()));
        ClassLoader isolated = desc.loader();
        assertNotSame(ArticleSinkConnector.class.getClassLoader(), isolated);
        Class<?> loaded = Class.forName(ArticleSinkConnector.class.getName(), true, isolated);
        assertEquals(isolated, loaded.getClassLoader(), "the plugin's own copy, not the application's");
        Class.forName("org.sqlite.JDBC", false, isolated);
        Class.forName("org.postgresql.Driver", false, isolated);
    }
}
