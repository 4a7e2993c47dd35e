# Orthanc 1.10 with the DICOMweb plugin 1.7. QIDO-RS is answered from Orthanc's index of "main DICOM
# tags" with C-FIND semantics: wildcards (* ?) work on text, date ranges work, UID lists work on UIDs.
# The fuzzymatching parameter and includefield=all are ignored (reference section 4), so neither is
# offered. Values are not percent-decoded by Orthanc (PatientName=O%20Brien^Pat matches nothing, O?Brien^Pat
# does): the query builders send ^ * ? raw (and , between the UIDs of a list), and free text that needs percent-encoding (space, non-ASCII, & = + # %)
# or a comma (Orthanc splits values on commas into lists) as a wildcard form with * in place of those characters,
# filtered exactly on the client (percentdecoding no).
# Levels as Orthanc keeps them: patient attributes are matched at the study level.
profile     Orthanc
title       Orthanc 1.10 with the DICOMweb plugin 1.7
namespace   DicomTyped.Profiles.Orthanc
limit       1..2147483647          # no upper bound; without limit Orthanc returns every match
offset      yes
includeall  no
percentdecoding no

[study]
# keyword                        searchable on              matching            returned
StudyInstanceUID                 studies,series,instances   exact,list          default
PatientName                      studies,series,instances   exact,wildcard      default
PatientID                        studies,series,instances   exact,wildcard      default
PatientBirthDate                 studies,series,instances   exact,range         default
PatientSex                       studies,series,instances   exact,wildcard      default
AccessionNumber                  studies,series,instances   exact,wildcard      default
StudyDate                        studies,series,instances   exact,range         default
StudyTime                        studies,series,instances   exact,range         default
StudyID                          studies,series,instances   exact,wildcard      default
StudyDescription                 studies,series,instances   exact,wildcard      -
ReferringPhysicianName           studies,series,instances   exact,wildcard      default
InstitutionName                  studies,series,instances   exact,wildcard      -
RequestedProcedureDescription    studies,series,instances   exact,wildcard      -
ModalitiesInStudy                studies                    exact,wildcard      default
SpecificCharacterSet             -                          -                   default
RetrieveURL                      -                          -                   default
NumberOfStudyRelatedSeries       -                          -                   default    # returned unasked (seen live)
NumberOfStudyRelatedInstances    -                          -                   default    # returned unasked (seen live)

[series]
SeriesInstanceUID                series,instances,study-series,study-instances   exact,list       default
Modality                         series,instances,study-series,study-instances   exact,wildcard   default
SeriesNumber                     series,instances,study-series,study-instances   exact            default
SeriesDate                       series,instances,study-series,study-instances   exact,range      -
SeriesTime                       series,instances,study-series,study-instances   exact,range      -
SeriesDescription                series,instances,study-series,study-instances   exact,wildcard   default
BodyPartExamined                 series,instances,study-series,study-instances   exact,wildcard   -
ProtocolName                     series,instances,study-series,study-instances   exact,wildcard   -
Manufacturer                     series,instances,study-series,study-instances   exact,wildcard   -
StationName                      series,instances,study-series,study-instances   exact,wildcard   -
OperatorsName                    series,instances,study-series,study-instances   exact,wildcard   -
PerformedProcedureStepDescription series,instances,study-series,study-instances  exact,wildcard   -
NumberOfSeriesRelatedInstances   -                                               -                default    # returned unasked (seen live)

[instance]
SOPInstanceUID                   instances,study-instances,series-instances      exact,list       default
SOPClassUID                      instances,study-instances,series-instances      exact,list       default
InstanceNumber                   instances,study-instances,series-instances      exact            default
AcquisitionNumber                instances,study-instances,series-instances      exact            -
InstanceCreationDate             instances,study-instances,series-instances      exact,range      -
InstanceCreationTime             instances,study-instances,series-instances      exact,range      -
ImageComments                    instances,study-instances,series-instances      exact,wildcard   -
NumberOfFrames                   -                                               -                default
Rows                             -                                               -                default
Columns                          -                                               -                default
BitsAllocated                    -                                               -                default
