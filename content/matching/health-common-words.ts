// Words found in at least 2% of 5,486 MedQuAD patient-education documents (NIH sites): common in health
// writing, so poor evidence that a page is about sciatica. Generated from shared/corpora/medquad; used only
// at build time to choose the gate's words (content/matching/gate-words.ts). Most common first.
export const HEALTH_COMMON_WORDS: readonly string[] =
  `the and are that can with for have may from also symptoms this people these one condition often
usually information many signs when cases disease common has means how rare who medlineplus you
because all occurs first found provides medical sometimes different use another specific much cause
number what other group based not autosomal following patients example which available seen
includes look had some include most sign human study were second below symptom feature list
percentage total comes table frequency estimate european examined listed collected terms rough
database definitions fraction phenotype frequencies approximate fractions orphanet hpo dictionary
ontology inheritance but called such they treatment about body health more caused inherited surgery
affected disorder therapy problems gene genetic syndrome causes care tests each blood their
conditions type recessive cells diagnosis mutations cell individuals than been abnormal occur
severe skin abnormality there dominant loss both testing drug normal small muscle develop however
form typically including during management various pattern system result early help lead copy only
two diagnostic known associated short development risk brain affects children characterized into
pain features high resources rehabilitation counseling after making protein time offer your age
disorders certain family any unknown changes palliative address function life registry impairment
although affect long heart low types person instructions show through growth treated over genes
abnormalities between part will prevent tissue increased history bone important national several
intellectual its seizures control disability carry birth used make tissues before less within
childhood like related involved copies infections individual researchers become might lower
physical those new results mutation without while likely weakness eye institute mutated parents
damage treat get experience failure very well present diagnosed appear mild bones should out
diseases hearing stature years proteins need movement levels reduce few large does parts even
factors nerve mouth neurological infection eyes them treatments hypoplasia facial helps role organs
progressive kidney muscles face nih reduced cancer due characteristic weight review altered forms
onset causing activity joint research test cannot down neck cognitive where percent speech
sufficient severity back normally chronic having reported needed increase developing same skeletal
delayed begin vision women head recurrent generally additional vary liver linked legs among doctor
leads production made multiple immune amount serious three upper change take nervous studies
pressure parent congenital atrophy commonly identified decreased process around size fluid areas
whether ability medications side especially leading nasal infancy drugs death others finger too
possible nose adults hypotonia vessels months respiratory improve particularly red diabetes
families being difficulty bodys described diagnose breathing enough palate using chest child work
medicines food adulthood hands depends throughout least deficiency healthy ears abnormally area
hair general under muscular delay encyclopedia later way see prevalence cure either major find arms
grow complications appears set feet spinal lack resulting aplasia infants hand makes swelling
vomiting lungs slow chance primary chromosome similar lung developmental unclear inside ways white
energy addition then abdominal fever inflammation term wide considered play manner movements rarely
older impaired threatening provide right produced away thought effects located motor remove better
men increases formation enzyme thin estimated teeth tract urine stroke provider light males range
approximately until require narrow scoliosis clinical taking single cord defects summary defect
shaped bleeding flow exact involves bridge microcephaly abdomen currently kidneys produce effective
functions walking frequently underlying begins dysplasia diet anemia combination fatigue poor every
active rate level varies difficulties properly break feeding stop doctors keep substances higher
visual learning getting weeks hormone united states factor tumor main females uses cleft together
renal depending pass affecting working imaging enlarged slowly structure structures nausea
worldwide radiation tumors ataxia sugar eating special year spread exam must suggest best pregnancy
external acid spine move injury broad talk difficult extra problem fingers central frequent nerves
cerebral involve responsible organ support prominent sex persons check develops own born options
nystagmus joints days pulmonary oxygen open middle half able done attack substance excess complex
longer necessary given becomes buildup digestive complete stomach weak amounts medicine almost foot
absent hypertelorism plays feel tend insufficiency mental procedure ear forehead location once
peripheral tube day follow dna non limbs elevated come hard live response episodes shape near build
gait off exercise foods determine young contact exposure center limb fat diarrhea widely
recommended familial tone bloodstream could presence was molecules block chromosomes left hospital
urinary adult treating decrease sudden still know unusually little just taken believe members lip
primarily water dont inflammatory dental distinctive needs times sensorineural strabismus place
appearance periods late chemotherapy past balance environmental feeling medication biopsy
functional particular safe variety excessive avoid cryptorchidism depend retardation stress removed
worse material producing continue bacteria ninds name attacks arthritis optic surgical clear
trouble limited hormones damaged ages quickly detect hypertension outside receive signals prevents
literature breath passed relieve internal patient inherit adolescence ray activities growing
shortage procedures completely behavioral regular unusual instead sleep good thrive why now
therapies swallowing wall toes four arm last irregular worsen protect morphology prognosis start
distal oral chemical coordination moderate contribute mainly give stage recommend plan missing
gastrointestinal hereditary illness cataract apparent questions order inability eat paralysis
involuntary brachydactyly above hours regulate think learn die dystrophy inherits mri sample rest
unable alcohol autoimmune preventing survive shown absence cancers calcium philtrum rapid yet vein
acute blocks close skull standard progression centers against metabolism stiffness ribs gets soft
impair depressed surface always per whose further hernia prevention dysfunction repeated along
bladder end involving rays current gland artery eventually identify period supportive opening never
infected finding thick skills dry glucose mobility ptosis disrupt marrow shortness smoking babies
sporadic retinal stenosis carries premature products color newborns benign removal detailed third
essential hepatomegaly lose followed painful infantile hip supports microscope providers daily
critical larger ask toe syndactyly generalized deep depression neuropathy permanent scan usual
behavior signaling want referred rotated country vertebral severely suggests antibiotics systems
glands female vessel density building stages bowel sound temperature respond tiny gain acids
million proper sensitive site frontal population bodies cardiac earlier flat genetics key tested
anti degeneration dose recovery smaller intestine allows easily she attention accumulation tell
lining broken headaches magnetic beta fatty region septal posteriorly directly placed starting full
throat headache remains obesity probably ventricular trigger measure reach happens virus
specifically malignant spleen groups course viral resonance systemic waves patches sure arteries
toxic fewer forming illnesses breakdown numbness sperm underdeveloped intestinal though maturation
memory fats professional beginning disturbance disrupts transplant lymph her constipation maintain
shows language allow partial metabolic create tongue fluids sensation remain spasticity trauma
laboratory stay corpus cavity alone contain inner series baby jaw vitamin home its macrocephaly
callosum interfere goes release suspected dementia institutes progresses mineral symptomatic
thyroid greater fetal fight scientists tomography future acquired anterior puberty soon prolonged
clinodactyly confirm strength pictures contains male exposed correct splenomegaly harmful
examination anxiety measures doesnt fast would ultrasound reproductive dysarthria performed
chemicals blindness perform valve happen eyebrow hypoplastic hydrocephalus cardiomyopathy regions
incidence machine membrane controlling reasons antibodies section viruses persons pregnant average
case malformation neurons needle functioning enter greatly across goal division dizziness
contracture voice mother refers intrauterine palpebral dystonia specialized reaction here kyphosis
regulation pneumonia social rash walk sexual try cholesterol phalanx bacterial gradually appetite
computer trials itself takes serum lifestyle transport bossing sensory night habits reason spreads
leg lesions eggs confusion prescribed focuses malar understood milder travel rapidly old flattening
fibers nail click distinguished dye overview progress air mean nutrients front supplements things
epicanthus malformations tremor choice reducing clots untreated free controls prescribe limitation
association variable alpha corneal minutes attach nodes dark formed cancerous benefit patterns
fingernails thumb required swollen cerebellar occasionally younger risks living member
camptodactyly hypertonia injuries direct studied his electrical american myopia places injected
piece since emotional cold understand remaining tiredness carcinoma breast drinking dietary penis
hyperreflexia amino understanding changed containing nutrition extreme atresia everyone released
repair hepatic enzymes drink additionally pectus agenesis trunk layer intravenous breaks fully
waste sitting tooth suspect traits kill pancreas overall pes neonatal polydactyly arrhythmia
epilepsy someone painless receptor controlled syndromes sclerosis limit initial team works juvenile
umbilical steps carriers self myopathy removes tubes sodium significant trial clearly five
increasing scarring proximal fatal alter spots quality cerebrospinal specializes smoke entire
starts appropriate jaundice cranial reactions fractures pigmentation nares accumulate kinds
actually corticosteroids recent potential evidence run metacarpal requires significantly platelets
stem decisions put genital insulin ultimately office picture doses else anything started developed
pelvic builds roof fibrosis surrounding laboratories coarse points links helpful effect molecule
next stopping nearby advanced walls device scalp ongoing week simple produces mellitus therefore
knees deposits triggers deafness impairs tired seems examine classified overgrowth salt reduction
carrier anteverted vermilion infectious communication dividing toward bodys detected veins
heartbeat hips sparse follows removing leukemia connective reduces temporary rich flexible edema
obstruction cellular antibody attached tends examples foreign avoiding screening lab genitalia
curvature step send approved recurring isolated covering retina thrombocytopenia glaucoma
unaffected gives talipes secondary natural website obtain search specialists membranes discomfort
supply bruising intestines osteoporosis dislocation spectrum sons fathers easy position
uncontrolled egg narrowing routine travels cut disabilities replacement speak neoplasm sensitivity
palsy analysis lumps already whole rather visit processes findings cortical eyelids eliminate
maintaining checked combined potentially wasting effectively computed fine esophagus web vertebrae
colored blockage incoordination component cant youre grows degree tingling mostly sides
transplantation homeostasis occupational hemorrhage restore received viewed unless ovaries inserted
pelvis aids expected protective protects goals lifetime deterioration account destruction
deformities separate cerebellum iron devices spasms populations supported mass base adrenal lives
vegetables line moving lasts intake triggered fusion computerized checking space divided ends outer
embryonic cough iris eyelashes intelligence flexion coming replace overweight diagnosing stool
uterus cartilage clotting suggested lost hyperactivity worsens provided contractures scientific
inhibitors radioactive iii thinking return americans elbow fashion gov techniques giving
environment needles samples nuclear mid attaches manage matter cysts program thickened milk damages
susceptibility upon deletion characteristics lasting personal weakened minor turn hypermobility
consciousness coma vitamins lens anus atypical seem rigidity excavatum alopecia spastic heat woman
image fruits irritability atria patent reflux spaced hypoglycemia`.split(/\s+/);
