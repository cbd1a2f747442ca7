package kz.bagalau.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface IssuedDocumentRepository extends JpaRepository<IssuedDocument, Long> {

    Optional<IssuedDocument> findByTypeAndSubjectKeyAndLanguageAndSha256(String type, String subjectKey,
            String language, String sha256);

    List<IssuedDocument> findBySubjectKeyOrderByCreatedAtDesc(String subjectKey);

    @Modifying
    @Query("delete from IssuedDocument d where d.keepUntil < :today")
    int deleteExpired(LocalDate today);
}
