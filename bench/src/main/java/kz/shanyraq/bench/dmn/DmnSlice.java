package kz.shanyraq.bench.dmn;

import kz.shanyraq.law.batch.Outcome;
import org.kie.api.io.Resource;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNDecisionResult;
import org.kie.dmn.api.core.DMNMessage;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.api.core.event.DMNRuntimeEventListener;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import org.kie.internal.io.ResourceFactory;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The DMN slice model compiled once into a Drools {@link DMNRuntime}, reused for every family. {@link #evaluate}
 * runs every decision of the model and maps each measure decision ({@code {outcome, amount}}) to the law engine's
 * {@link Outcome} code and amount. A DMN error message (a FEEL error, a failed decision) is never mapped to an
 * answer: it throws, naming the family and the messages.
 */
public final class DmnSlice {

    public static final String MODEL_RESOURCE = "dmn/shanyraq-slice.dmn";
    public static final String NAMESPACE = "https://kz.shanyraq/dmn/slice";
    public static final String MODEL_NAME = "Shanyraq slice";

    private final DMNRuntime runtime;
    private final DMNModel model;

    private DmnSlice(DMNRuntime runtime, DMNModel model) {
        this.runtime = runtime;
        this.model = model;
    }

    /** Compiles the model (seconds: report apart from evaluation time). */
    public static DmnSlice compile() {
        Resource resource = ResourceFactory.newClassPathResource(MODEL_RESOURCE, DmnSlice.class);
        DMNRuntime runtime = DMNRuntimeBuilder.fromDefaults().buildConfiguration()
                .fromResources(List.of(resource))
                .getOrElseThrow(e -> new IllegalStateException("DMN model " + MODEL_RESOURCE + " does not compile", e));
        DMNModel model = runtime.getModel(NAMESPACE, MODEL_NAME);
        if (model == null) {
            throw new IllegalStateException("DMN model " + MODEL_NAME + " not found in " + MODEL_RESOURCE);
        }
        if (model.hasErrors()) {
            throw new IllegalStateException("DMN model " + MODEL_RESOURCE + " has errors: " + model.getMessages(
                    DMNMessage.Severity.ERROR).stream().map(Object::toString).collect(Collectors.joining("; ")));
        }
        return new DmnSlice(runtime, model);
    }

    /** Adds a listener (explanations: matched rules of every decision table). */
    public void addListener(DMNRuntimeEventListener listener) {
        runtime.addListener(listener);
    }

    /** Every decision for one family; {@code parameters} from {@link SliceParameters}, {@code family} from {@link SliceFacts}. */
    public DMNResult evaluateAll(Map<String, Object> parameters, Map<String, Object> family) {
        DMNContext context = runtime.newContext();
        context.set("Parameters", parameters);
        context.set("Family", family);
        return runtime.evaluateAll(model, context);
    }

    public SliceAnswer evaluate(Map<String, Object> parameters, Map<String, Object> family) {
        DMNResult result = evaluateAll(parameters, family);
        String id = (String) family.get("id");
        if (result.hasErrors()) {
            throw new IllegalStateException("DMN errors for family " + id + ": " + result.getMessages(
                    DMNMessage.Severity.ERROR).stream().map(Object::toString).collect(Collectors.joining("; ")));
        }
        int n = SliceMeasures.DECISIONS.size();
        byte[] outcomes = new byte[n];
        long[] amounts = new long[n];
        for (int k = 0; k < n; k++) {
            Map<?, ?> answer = (Map<?, ?>) decision(result, SliceMeasures.DECISIONS.get(k), id);
            outcomes[k] = code((String) answer.get("outcome"), id);
            Object amount = answer.get("amount");
            amounts[k] = amount == null ? 0 : ((BigDecimal) amount).longValueExact();
        }
        int category = ((BigDecimal) decision(result, SliceMeasures.CATEGORY_DECISION, id)).intValueExact();
        return new SliceAnswer(id, outcomes, amounts, category);
    }

    private static Object decision(DMNResult result, String name, String family) {
        DMNDecisionResult r = result.getDecisionResultByName(name);
        if (r == null || r.getEvaluationStatus() != DMNDecisionResult.DecisionEvaluationStatus.SUCCEEDED
                || r.getResult() == null) {
            throw new IllegalStateException("DMN decision '" + name + "' gave no result for family " + family + ": "
                    + (r == null ? "missing" : r.getEvaluationStatus() + " " + r.getMessages()));
        }
        return r.getResult();
    }

    private static byte code(String outcome, String family) {
        return switch (outcome) {
            case "not-applicable" -> Outcome.NOT_APPLICABLE;
            case "entitled" -> Outcome.ENTITLED;
            case "refused" -> Outcome.REFUSED;
            case "undetermined" -> Outcome.UNDETERMINED;
            default -> throw new IllegalStateException("DMN outcome '" + outcome + "' for family " + family);
        };
    }
}
