package org.newsgraph.nlp;

import java.util.LinkedHashMap;
import java.util.Map;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.DictionarySerializer;

/**
 * Builds a {@link GazetteerFeatureGenerator} from the feature XML:
 * {@code <generator class="org.newsgraph.nlp.GazetteerFeatureGeneratorFactory"><str name="dicts">loc.dict,org.dict
 * </str></generator>}. Each key (with its extension, which model serialisation needs) names a dictionary stored in
 * the model; the feature prefix is the key without the extension. Must be on the classpath when a model is loaded.
 */
public final class GazetteerFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
        Map<String, Dictionary> dicts = new LinkedHashMap<>();
        for (String key : dictKeys()) {
            Object res = resourceManager == null ? null : resourceManager.getResource(key);
            if (!(res instanceof Dictionary d)) {
                throw new InvalidFormatException("gazetteer dictionary missing from the model: " + key);
            }
            dicts.put(key.substring(0, key.indexOf('.')), d);
        }
        return new GazetteerFeatureGenerator(dicts);
    }

    @Override
    public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
        Map<String, ArtifactSerializer<?>> m = new LinkedHashMap<>();
        for (String key : dictKeys()) m.put(key, new DictionarySerializer());
        return m;
    }

    private String[] dictKeys() throws InvalidFormatException {
        return getStr("dicts").strip().split("\\s*,\\s*");
    }
}
