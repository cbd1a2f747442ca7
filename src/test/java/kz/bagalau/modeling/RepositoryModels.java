package kz.bagalau.modeling;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.springframework.context.ApplicationContext;

/**
 * The model files of the repository as the tests see them: every file in {@code bpmn/}, {@code dmn/} and
 * {@code forms/} (found, never listed, so models added later are checked too), and the beans they may use.
 */
final class RepositoryModels {

    static final List<String> FOLDERS = List.of("bpmn", "dmn", "forms");
    static final Path TEMPLATES = Path.of("bpmn", ".camunda", "element-templates");

    private RepositoryModels() {
    }

    static List<ModelFile> all() {
        List<ModelFile> files = new ArrayList<>();
        for (String folder : FOLDERS) {
            try (Stream<Path> paths = Files.walk(Path.of(folder))) {
                paths.filter(Files::isRegularFile)
                        .filter(p -> !p.toString().contains("/."))
                        .sorted()
                        .forEach(p -> files.add(new ModelFile(p.toString().replace('\\', '/'), read(p))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /**
     * Beans a template or model may name before the feature that provides them is merged, each with the
     * reason (src/test/resources/modeling/pending-beans.properties). The deployment guard does not know
     * this list: on a running server a bean exists or the model is refused.
     */
    static Map<String, String> pendingBeans() {
        Properties p = new Properties();
        try (InputStream in = RepositoryModels.class.getResourceAsStream("/modeling/pending-beans.properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> pending = new TreeMap<>();
        p.forEach((k, v) -> pending.put((String) k, (String) v));
        return pending;
    }

    /** Only the repository's own files may be referred to, and beans of this application (or pending ones). */
    static ModelEnvironment environment(ApplicationContext context) {
        Map<String, String> pending = pendingBeans();
        return new ModelEnvironment() {
            @Override
            public boolean beanExists(String name) {
                return context.containsBean(name) || pending.containsKey(name);
            }

            @Override
            public boolean formExists(String id) {
                return false;
            }

            @Override
            public boolean decisionExists(String key) {
                return false;
            }

            @Override
            public boolean processExists(String key) {
                return false;
            }
        };
    }

    static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
