package vn.onestop.workflow.engine;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import java.util.AbstractMap;
import java.util.Set;

/**
 * Lets BPMN expressions such as {@code ${requestSupplement}} resolve {@code @Named} CDI beans
 * through ArC (the engine's own CDI module is not published for jakarta). Delegates must be
 * {@code @ApplicationScoped} or {@code @Singleton}: the engine holds no CDI context to destroy
 * dependent instances.
 */
final class ArcBeans extends AbstractMap<Object, Object> {

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String name && Arc.container().instance(name).isAvailable();
    }

    @Override
    public Object get(Object key) {
        if (!(key instanceof String name)) {
            return null;
        }
        InstanceHandle<Object> bean = Arc.container().instance(name);
        return bean.isAvailable() ? bean.get() : null;
    }

    @Override
    public Set<Entry<Object, Object>> entrySet() {
        // Expressions only ask for beans by name; the engine never lists them.
        return Set.of();
    }
}
