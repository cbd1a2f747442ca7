package kz.bagalau.modeling;

/**
 * What a model may refer to beyond the files checked together with it: Spring beans of the running
 * application, and forms, decisions and processes deployed already.
 */
public interface ModelEnvironment {

    boolean beanExists(String name);

    boolean formExists(String id);

    boolean decisionExists(String key);

    boolean processExists(String key);
}
