// Reads an RDF file with Jena RIOT (the format from its extension: .jsonld, .trig, ...)
// and writes its quads as N-Quads to OUT.
//
//   java -cp 'JENA_LIB/*' JenaRead.java FILE OUT.nq
import java.io.FileOutputStream;
import java.io.OutputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;

public class JenaRead {
    public static void main(String[] args) throws Exception {
        DatasetGraph dataset = RDFDataMgr.loadDatasetGraph(args[0]);
        try (OutputStream out = new FileOutputStream(args[1])) {
            RDFDataMgr.write(out, dataset, Lang.NQUADS);
        }
    }
}
