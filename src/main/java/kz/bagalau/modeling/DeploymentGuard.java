package kz.bagalau.modeling;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The safety net of issue 15: a deployment a user makes (Camunda Modeler's "Deploy", the REST API,
 * Cockpit) is checked against {@link ModelChecks} before the engine parses it, and refused with the
 * reasons when a model breaks a rule ({@link ModelRejected}, HTTP 400 on {@code /engine-rest}). Nothing is
 * stored then; running evaluations are untouched.
 * <p>
 * Deployments the application makes itself without a user (the models of {@code bpmn/}, {@code dmn/},
 * {@code forms/} at start-up, which the test suite checks, and tests' own fixtures) are not checked here.
 */
@Component
class DeploymentGuard extends AbstractProcessEnginePlugin implements Deployer {

    private static final Logger log = LoggerFactory.getLogger(DeploymentGuard.class);

    private final ApplicationContext context;
    private ProcessEngineConfigurationImpl engine;

    DeploymentGuard(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        this.engine = configuration;
        List<Deployer> deployers = configuration.getCustomPreDeployers() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreDeployers());
        deployers.add(this);
        configuration.setCustomPreDeployers(deployers);
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        // Re-reading a deployment into the cache is not a new deployment; start-up deployments have no user.
        Authentication user = Context.getCommandContext().getAuthentication();
        if (!deployment.isNew() || user == null || user.getUserId() == null || deployment.getResources() == null) {
            return;
        }
        List<ModelFile> files = new ArrayList<>();
        for (ResourceEntity r : deployment.getResources().values()) {
            ModelFile file = new ModelFile(r.getName(), r.getBytes());
            if (file.kind() != ModelFile.Kind.OTHER) {
                files.add(file);
            }
        }
        if (files.isEmpty()) {
            return;
        }
        List<ModelProblem> problems = ModelChecks.check(files, new DeployedModels(context, engine));
        if (!problems.isEmpty()) {
            log.info("Deployment '{}' by {} refused: {}", deployment.getName(), user.getUserId(), problems);
            throw new ModelRejected(problems);
        }
        log.info("Deployment '{}' by {} passed the model checks: {}", deployment.getName(), user.getUserId(),
                files.stream().map(ModelFile::name).toList());
    }
}
