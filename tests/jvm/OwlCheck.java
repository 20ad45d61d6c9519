// Checks the govkg ontology with the OWL API.
//
//   java -cp 'OWLAPI_LIB/*' OwlCheck.java profile ONTOLOGY.ttl
//       "profile<TAB>N", then one "violation<TAB>..." line per OWL 2 DL profile violation
//   java -cp 'OWLAPI_LIB/*' OwlCheck.java consistency MERGED.nt
//       "consistent<TAB>true|false" under HermiT, for one file holding the
//       ontology and the data (so the parser sees the declarations), then
//       "unsatisfiable<TAB>CLASS" for each named class HermiT finds empty.
//
// OWL 2 has no xsd:date; HermiT is told to ignore datatypes it does not know,
// so date values are not checked (SHACL checks them).
import java.io.File;

import org.semanticweb.HermiT.Configuration;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

public class OwlCheck {
    public static void main(String[] args) throws Exception {
        OWLOntology ontology = OWLManager.createOWLOntologyManager()
                .loadOntologyFromOntologyDocument(new File(args[1]));
        if (args[0].equals("profile")) {
            OWLProfileReport report = new OWL2DLProfile().checkOntology(ontology);
            System.out.println("profile\t" + report.getViolations().size());
            for (OWLProfileViolation v : report.getViolations()) {
                System.out.println("violation\t" + v.toString().replace('\n', ' '));
            }
        } else {
            Configuration config = new Configuration();
            config.ignoreUnsupportedDatatypes = true;
            OWLReasoner reasoner = new ReasonerFactory().createReasoner(ontology, config);
            boolean consistent = reasoner.isConsistent();
            System.out.println("consistent\t" + consistent);
            if (consistent) {
                for (OWLClass c : reasoner.getUnsatisfiableClasses().getEntitiesMinusBottom()) {
                    System.out.println("unsatisfiable\t" + c.getIRI());
                }
            }
            reasoner.dispose();
        }
    }
}
