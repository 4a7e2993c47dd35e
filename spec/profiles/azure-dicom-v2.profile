# Microsoft Azure DICOM service, API v2: QIDO-RS as its conformance statement describes it.
# Matching is exact except for date ranges and fuzzy PN; no wildcards, no UID lists, no sequence matching.
# Ranges: the conformance statement's "Range Query" row names StudyDate and PatientBirthDate; the service's query
# parser decides by VR, so every searchable DA/DT/TM attribute takes one (PerformedProcedureStepStartDate too).
# Fuzzy: PatientName and ReferringPhysicianName ("Fuzzy Match" row), by word prefix of any name part.
# ASP.NET Core percent-decodes query values (percentdecoding defaults to yes).
# v1 differs in validation on store, not in the search surface described here.
# Known gap: includefield=all also adds SpecificCharacterSet and TimezoneOffsetFromUTC at the series level and
# SpecificCharacterSet, InstanceAvailability and TimezoneOffsetFromUTC at the instance level; a keyword can appear at
# one level only in this format (DTY0005), and these are listed under [study], so those three levels' copies are not
# returned by the embedded server's includefield=all below the study level.
profile     AzureDicomV2
title       Microsoft Azure DICOM service, API v2
namespace   DicomTyped.Profiles.AzureDicomV2
limit       1..200 default 100
offset      yes
includeall  yes

[study]
# keyword                            searchable on              matching        returned
StudyInstanceUID                     studies,series,instances   exact           default
PatientName                          studies,series,instances   exact,fuzzy     default
PatientID                            studies,series,instances   exact           default
PatientBirthDate                     studies,series,instances   exact,range     default
AccessionNumber                      studies,series,instances   exact           default
ReferringPhysicianName               studies,series,instances   exact,fuzzy     default
StudyDate                            studies,series,instances   exact,range     default
StudyDescription                     studies,series,instances   exact           default
ModalitiesInStudy                    studies,series,instances   exact           -
SpecificCharacterSet                 -                          -               all
StudyTime                            -                          -               all
InstanceAvailability                 -                          -               all
TimezoneOffsetFromUTC                -                          -               all
AnatomicRegionsInStudyCodeSequence   -                          -               all
ProcedureCodeSequence                -                          -               all
NameOfPhysiciansReadingStudy         -                          -               all
AdmittingDiagnosesDescription        -                          -               all
ReferencedStudySequence              -                          -               all
PatientAge                           -                          -               all
PatientSize                          -                          -               all
PatientWeight                        -                          -               all
Occupation                           -                          -               all
AdditionalPatientHistory             -                          -               all
PatientSex                           -                          -               all
StudyID                              -                          -               all
NumberOfStudyRelatedInstances        -                          -               computed

[series]
SeriesInstanceUID                    series,instances,study-series,study-instances   exact         default
Modality                             series,instances,study-series,study-instances   exact         default
PerformedProcedureStepStartDate      series,instances,study-series,study-instances   exact,range   default
ManufacturerModelName                series,instances,study-series,study-instances   exact         default
SeriesNumber                         -                                               -             all
Laterality                           -                                               -             all
SeriesDate                           -                                               -             all
SeriesTime                           -                                               -             all
SeriesDescription                    -                                               -             all
PerformedProcedureStepStartTime      -                                               -             all
RequestAttributesSequence            -                                               -             all
NumberOfSeriesRelatedInstances       -                                               -             computed

[instance]
SOPInstanceUID                       instances,study-instances,series-instances      exact         default
SOPClassUID                          -                                               -             all
InstanceNumber                       -                                               -             all
Rows                                 -                                               -             all
Columns                              -                                               -             all
BitsAllocated                        -                                               -             all
NumberOfFrames                       -                                               -             all
