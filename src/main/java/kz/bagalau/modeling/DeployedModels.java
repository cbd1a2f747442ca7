package kz.bagalau.modeling;

import java.util.function.Predicate;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.context.ApplicationContext;

/**
 * What a model handed in on a running server may refer to: the beans of this application and the forms,
 * decisions and processes deployed in the engine (any version). Works inside an engine command (the
 * deployment guard) and outside one (the validation endpoint).
 */
final class DeployedModels implements ModelEnvironment {

    private final ApplicationContext context;
    private final ProcessEngineConfigurationImpl engine;

    DeployedModels(ApplicationContext context, ProcessEngineConfigurationImpl engine) {
        this.context = context;
        this.engine = engine;
    }

    @Override
    public boolean beanExists(String name) {
        return context.containsBean(name);
    }

    @Override
    public boolean formExists(String id) {
        return query(cc -> cc.getCamundaFormDefinitionManager().findLatestDefinitionByKey(id) != null);
    }

    @Override
    public boolean decisionExists(String key) {
        return query(cc -> cc.getDecisionDefinitionManager().findLatestDecisionDefinitionByKey(key) != null);
    }

    @Override
    public boolean processExists(String key) {
        return query(cc -> !cc.getProcessDefinitionManager().findLatestProcessDefinitionsByKey(key).isEmpty());
    }

    private boolean query(Predicate<CommandContext> question) {
        CommandContext current = Context.getCommandContext();
        if (current != null) {
            return current.runWithoutAuthorization(() -> question.test(current));
        }
        return engine.getCommandExecutorTxRequired().execute(cc -> cc.runWithoutAuthorization(() -> question.test(cc)));
    }
}
