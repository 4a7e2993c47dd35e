# The QIDO-RS keys every origin server must support (PS3.18 10.6.1.2, tables 10.6.1-5: matching keys,
# and 10.6.3-3 to -5: return keys), with the matching PS3.4 C.2.2.2 allows for each VR: single value,
# wildcards (* ?) on text, UID lists, and date/time ranges. Fuzzy matching is optional in the standard
# and left out here. Sequence matching (RequestAttributesSequence.ScheduledProcedureStepID) is not part
# of the typed surface; the sequence is returned.
profile     DicomWeb
title       DICOMweb origin server (PS3.18 required QIDO-RS keys)
namespace   DicomTyped.Profiles.DicomWeb
limit       1..2147483647          # the standard sets no bound and leaves the default to the server
offset      yes
includeall  yes

[study]
# keyword                        searchable on              matching            returned
StudyInstanceUID                 studies,series,instances   exact,list          default
StudyDate                        studies,series,instances   exact,range         default
StudyTime                        studies,series,instances   exact,range         default
AccessionNumber                  studies,series,instances   exact,wildcard      default
ModalitiesInStudy                studies,series,instances   exact,wildcard      default
ReferringPhysicianName           studies,series,instances   exact,wildcard      default
PatientName                      studies,series,instances   exact,wildcard      default
PatientID                        studies,series,instances   exact,wildcard      default
StudyID                          studies,series,instances   exact,wildcard      default
SpecificCharacterSet             -                          -                   default
InstanceAvailability             -                          -                   default
TimezoneOffsetFromUTC            -                          -                   default
RetrieveURL                      -                          -                   default
PatientBirthDate                 -                          -                   default
PatientSex                       -                          -                   default
NumberOfStudyRelatedSeries       -                          -                   default    # Table 10.6.3-3: type R
NumberOfStudyRelatedInstances    -                          -                   default    # Table 10.6.3-3: type R

[series]
SeriesInstanceUID                series,instances,study-series,study-instances   exact,list       default
Modality                         series,instances,study-series,study-instances   exact,wildcard   default   AR,ASMT,AU,BDUS,BI,BMD,CR,CT,CTPROTOCOL,DG,DOC,DX,ECG,EPS,ES,FID,GM,HC,HD,IO,IOL,IVOCT,IVUS,KER,KO,LEN,LS,MG,MR,M3D,NM,OAM,OCT,OP,OPM,OPT,OPTBSV,OPTENF,OPV,OSS,OT,PLAN,PR,PT,PX,REG,RESP,RF,RG,RTDOSE,RTIMAGE,RTINTENT,RTPLAN,RTRAD,RTRECORD,RTSEGANN,RTSTRUCT,RWV,SEG,SM,SMR,SR,SRF,STAIN,TEXTUREMAP,TG,US,VA,XA,XC
SeriesNumber                     series,instances,study-series,study-instances   exact            default
PerformedProcedureStepStartDate  series,instances,study-series,study-instances   exact,range      default
PerformedProcedureStepStartTime  series,instances,study-series,study-instances   exact,range      default
SeriesDescription                -                                               -                default
RequestAttributesSequence        -                                               -                default
NumberOfSeriesRelatedInstances   -                                               -                default    # Table 10.6.3-4: type R

[instance]
SOPInstanceUID                   instances,study-instances,series-instances      exact,list       default
SOPClassUID                      instances,study-instances,series-instances      exact,list       default
InstanceNumber                   instances,study-instances,series-instances      exact            default
Rows                             -                                               -                default
Columns                          -                                               -                default
BitsAllocated                    -                                               -                default
NumberOfFrames                   -                                               -                default
