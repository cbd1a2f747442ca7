package kz.bagalau.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;

import kz.bagalau.support.BagalauBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.Environment;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.data.repository.Repository;

/**
 * Repositories are built on first use (spring.data.jpa.repositories.bootstrap-mode: lazy, for a faster start);
 * this builds every one of them, which checks every derived and declared query against the mapping, so a broken
 * query fails the build and not a participant's first request.
 */
@BagalauBootTest
class RepositoriesTests {

    @Autowired ApplicationContext context;
    @Autowired Environment environment;

    @Test
    void everyRepositoryAndItsQueriesBuild() {
        assertThat(environment.getProperty("spring.data.jpa.repositories.bootstrap-mode")).isEqualTo("lazy");
        Set<String> declared = repositoryInterfaces();
        assertThat(declared).hasSizeGreaterThan(20);

        // getBeansOfType instantiates the lazy beans: each factory resolves (and validates) all its query methods
        Set<String> built = context.getBeansOfType(Repository.class).values().stream()
                .flatMap(bean -> Set.of(bean.getClass().getInterfaces()).stream())
                .map(Class::getName).filter(declared::contains).collect(Collectors.toSet());
        assertThat(built).containsExactlyInAnyOrderElementsOf(declared);
    }

    /** Every Spring Data repository interface Bagalau declares. */
    static Set<String> repositoryInterfaces() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isInterface() && definition.getMetadata().isIndependent();
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(Repository.class));
        return scanner.findCandidateComponents("kz.bagalau").stream().map(d -> d.getBeanClassName())
                .filter(name -> !name.contains(".bench.")).collect(Collectors.toSet());
    }
}
